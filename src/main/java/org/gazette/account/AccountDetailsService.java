package org.gazette.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Tells Spring Security who may sign in: users by e-mail address. When the password encoder's
 * preferred hash changes, the stored hash is upgraded on the next successful sign-in.
 */
@Service
public class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserRepository users;

    AccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        EmailAddress email;
        try {
            email = EmailAddress.of(username);
        } catch (IllegalArgumentException e) {
            throw new UsernameNotFoundException("not an e-mail address");
        }
        return users.credentials(email)
                .map(c -> new NewsroomUser(c.account(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        users.updatePasswordHashOnly(user.getUsername(), newPassword);
        return loadUserByUsername(user.getUsername());
    }

    /** The current state of a user, for a principal that may be stale (role changed, disabled). */
    public java.util.Optional<NewsroomUser> reload(long userId) {
        return users.credentials(userId).map(c -> new NewsroomUser(c.account(), null));
    }
}
