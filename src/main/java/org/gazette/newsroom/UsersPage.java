package org.gazette.newsroom;

import java.util.List;
import org.gazette.account.UserAccount;

/** The admin's list of users, with the form to add one. */
public record UsersPage(NewsroomFrame frame, List<UserAccount> users, List<String> roles) {}
