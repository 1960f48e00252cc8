/**
 * The demo content a new site starts with: short original stories in every language, loaded into an
 * empty database on first start when {@code GAZETTE_DEMO_CONTENT} is true (the default).
 */
package org.gazette.demo;
