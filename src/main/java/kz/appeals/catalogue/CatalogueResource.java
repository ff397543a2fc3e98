package kz.appeals.catalogue;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import kz.appeals.catalogue.CatalogueDtos.AgencyInput;
import kz.appeals.catalogue.CatalogueDtos.AgencyView;
import kz.appeals.catalogue.CatalogueDtos.Change;
import kz.appeals.catalogue.CatalogueDtos.DistrictInput;
import kz.appeals.catalogue.CatalogueDtos.DistrictView;
import kz.appeals.catalogue.CatalogueDtos.OfficialInput;
import kz.appeals.catalogue.CatalogueDtos.OfficialView;
import kz.appeals.catalogue.CatalogueDtos.TopicInput;
import kz.appeals.catalogue.CatalogueDtos.TopicView;
import kz.appeals.common.Page;
import kz.appeals.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Districts, topics, agencies and officials: every role reads them, administrators keep them. */
@Path("/api/v1")
@Tag(name = "Catalogues")
@RolesAllowed({Roles.PORTAL, Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR, Roles.EXECUTOR, Roles.ANALYST, Roles.ADMIN})
public class CatalogueResource {

    @Inject
    CatalogueService catalogue;

    @GET
    @Path("/districts")
    @Operation(summary = "Districts of the region", description = "Roles: every role.")
    public Uni<Page<DistrictView>> districts() {
        return catalogue.listed(CatalogueCache.Snapshot::districts).map(CatalogueResource::all);
    }

    @GET
    @Path("/topics")
    @Operation(summary = "Topics of appeals, grouped", description = "Roles: every role.")
    public Uni<Page<TopicView>> topics() {
        return catalogue.listed(CatalogueCache.Snapshot::topics).map(CatalogueResource::all);
    }

    @GET
    @Path("/agencies")
    @Operation(summary = "Agencies that answer appeals", description = "Roles: every role.")
    public Uni<Page<AgencyView>> agencies() {
        return catalogue.listed(CatalogueCache.Snapshot::agencies).map(CatalogueResource::all);
    }

    @GET
    @Path("/officials")
    @Operation(summary = "Officials who hold receptions or answer appeals", description = "Roles: every role.")
    public Uni<Page<OfficialView>> officials() {
        return catalogue.listed(CatalogueCache.Snapshot::officials).map(CatalogueResource::all);
    }

    @POST
    @Path("/districts")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a district", description = "Roles: admin.")
    public Response createDistrict(@Valid @NotNull DistrictInput input) {
        return created("districts", catalogue.create(input), DistrictView::code);
    }

    @PUT
    @Path("/districts/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename or (de)activate a district", description = "Roles: admin. Entries are never deleted.")
    public DistrictView changeDistrict(@PathParam("code") String code, @Valid @NotNull Change change) {
        return catalogue.changeDistrict(code, change);
    }

    @POST
    @Path("/topics")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a topic", description = "Roles: admin.")
    public Response createTopic(@Valid @NotNull TopicInput input) {
        return created("topics", catalogue.create(input), TopicView::code);
    }

    @PUT
    @Path("/topics/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename or (de)activate a topic", description = "Roles: admin. Entries are never deleted.")
    public TopicView changeTopic(@PathParam("code") String code, @Valid @NotNull Change change) {
        return catalogue.changeTopic(code, change);
    }

    @POST
    @Path("/agencies")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an agency", description = "Roles: admin.")
    public Response createAgency(@Valid @NotNull AgencyInput input) {
        return created("agencies", catalogue.create(input), AgencyView::code);
    }

    @PUT
    @Path("/agencies/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename or (de)activate an agency", description = "Roles: admin. Entries are never deleted.")
    public AgencyView changeAgency(@PathParam("code") String code, @Valid @NotNull Change change) {
        return catalogue.changeAgency(code, change);
    }

    @POST
    @Path("/officials")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an official", description = "Roles: admin.")
    public Response createOfficial(@Valid @NotNull OfficialInput input) {
        return created("officials", catalogue.create(input), OfficialView::id);
    }

    @PUT
    @Path("/officials/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename or (de)activate an official", description = "Roles: admin. Entries are never deleted.")
    public OfficialView changeOfficial(@PathParam("id") long id, @Valid @NotNull Change change) {
        return catalogue.changeOfficial(id, change);
    }

    /** 201 with the new entry's Location, /api/v1/{catalogue}/{key}, and the entry itself. */
    private static <V> Response created(String catalogue, V view, Function<V, Object> key) {
        return Response.created(URI.create("/api/v1/" + catalogue + "/" + key.apply(view))).entity(view).build();
    }

    private static <T> Page<T> all(List<T> items) {
        return new Page<>(items, null);
    }
}
