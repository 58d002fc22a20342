package org.peaceops.cadre.platform.security.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.PageParameters;
import org.peaceops.cadre.platform.rest.Versions;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.AccountDetails;
import org.peaceops.cadre.platform.security.AccountService;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.NewAccount;
import org.peaceops.cadre.platform.security.Role;

@Path("accounts")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listAccounts",
            summary = "Accounts, paged (administrators); filter by username, displayName, email, centre, enabled")
    public Page<AccountDto> list(@BeanParam PageParameters page) {
        return accounts.page(page.toRequest()).map(AccountDto::of);
    }

    @GET
    @Path("me")
    @Operation(operationId = "getSignedInAccount", summary = "The signed-in account")
    public CurrentUser.Caller me() {
        return currentUser.caller();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAccount", summary = "An account (administrators)")
    public AccountDto get(@PathParam("id") long id) {
        return AccountDto.of(accounts.get(id));
    }

    @POST
    @Operation(operationId = "openAccount", summary = "Open an account with a first password (administrators)")
    public Response open(@NotNull AccountDto body, @Context UriInfo uri) {
        String username = body.username() == null ? null : body.username().strip().toLowerCase();
        Account account = accounts.open(new NewAccount(username, body.password(), body.details()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(account.getId())).build())
                .entity(AccountDto.of(account)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeAccount",
            summary = "Change an account's details, roles and centre (administrators); send the version you read")
    public AccountDto change(@PathParam("id") long id, @NotNull AccountDto body) {
        Account account = accounts.change(id, Versions.required(body.version()), body.details());
        if (body.password() != null) {
            accounts.resetPassword(id, body.password());
        }
        return AccountDto.of(account);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteAccount", summary = "Delete an account other than your own (administrators)")
    public Response delete(@PathParam("id") long id) {
        accounts.delete(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/sign-in-holds")
    @Operation(summary = "Lift every sign-in hold on an account, from any address (administrators)")
    public Response liftSignInHolds(@PathParam("id") long id) {
        accounts.liftSignInHolds(id);
        return Response.noContent().build();
    }

    /** An account as the API shows and takes it; the password is only ever taken, never shown. */
    public record AccountDto(Long id, Long version, String username, String password, String displayName,
                             String email, Set<Role> roles, Long centreId, String centreName, Boolean enabled,
                             String preferredLanguage, Instant createdAt) {

        static AccountDto of(Account a) {
            var centre = a.getCentre();
            return new AccountDto(a.getId(), a.getVersion(), a.getUsername(), null, a.getDisplayName(), a.getEmail(),
                    a.getRoles(), centre == null ? null : centre.getId(), centre == null ? null : centre.getName(),
                    a.isEnabled(), a.getPreferredLanguage(), a.getCreatedAt());
        }

        AccountDetails details() {
            return new AccountDetails(displayName, email, roles == null ? Set.of() : roles, centreId,
                    enabled == null || enabled, preferredLanguage);
        }
    }
}
