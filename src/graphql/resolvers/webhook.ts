// Webhook endpoints and their delivery log; every field needs the write token.
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { authorizeWrite, type Context } from "../context.ts";
import { DateTimeScalar } from "../scalars.ts";
import { FactKind } from "./subscription.ts";
import { addEndpoint, listDeliveries, listEndpoints, removeEndpoint, resumeEndpoint, type EndpointRow } from "../../notify/webhooks.ts";

@ObjectType({ simpleResolvers: true, description: "What an endpoint receives; empty lists match anything." })
export class WebhookFilter {
  @Field(() => [FactKind], { description: "Fact kinds." })
  kinds!: string[];

  @Field(() => [String], { description: "ISO country codes." })
  countries!: string[];

  @Field(() => [ID], { description: "Official global IDs." })
  officials!: string[];
}

@ObjectType({ simpleResolvers: true, description: "A receiver of signed event POSTs (see the README's Webhooks section)." })
export class WebhookEndpoint {
  @Field(() => Int, { description: "Its number (for removeWebhookEndpoint, resumeWebhookEndpoint and the CLI)." })
  id!: number;

  @Field(() => String, { description: "Where events are POSTed." })
  url!: string;

  @Field(() => String, { description: "ACTIVE, or PAUSED after too many consecutive failed attempts (resumeWebhookEndpoint)." })
  status!: string;

  @Field(() => Int, { description: "Failed attempts since the last success." })
  consecutiveFailures!: number;

  @Field(() => String, { nullable: true, description: "Why it was paused." })
  pausedReason!: string | null;

  @Field(() => WebhookFilter, { description: "Which events it receives." })
  filter!: WebhookFilter;

  @Field(() => DateTimeScalar, { description: "When it was registered." })
  createdAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "One POST of a delivery." })
export class WebhookAttempt {
  @Field(() => Int, { description: "1 for the first attempt." })
  attempt!: number;

  @Field(() => DateTimeScalar, { description: "When it ended." })
  at!: Date;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when it did not answer." })
  statusCode!: number | null;

  @Field(() => String, { nullable: true, description: "Why the attempt failed; null when it succeeded." })
  error!: string | null;

  @Field(() => Int, { description: "How long the receiver took (or until the timeout cut it)." })
  durationMs!: number;
}

@ObjectType({ simpleResolvers: true, description: "One event owed to one endpoint." })
export class WebhookDelivery {
  @Field(() => Int, { description: "Its number in the log." })
  id!: number;

  @Field(() => Int, { description: "The endpoint it is owed to." })
  endpointId!: number;

  @Field(() => String, { description: "Also the Diplograph-Idempotency-Key header and the body's `id`." })
  idempotencyKey!: string;

  @Field(() => String, { description: "factAdded or documentIngested." })
  event!: string;

  @Field(() => String, { description: "pending, sending, delivered, or failed (gave up)." })
  status!: string;

  @Field(() => Int, { description: "Attempts so far." })
  attempts!: number;

  @Field(() => DateTimeScalar, { description: "When it is due (again), while pending." })
  nextAttemptAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the receiver accepted it." })
  deliveredAt!: Date | null;

  @Field(() => String, { description: "The JSON body sent." })
  payload!: string;

  @Field(() => [WebhookAttempt], { description: "Every attempt, oldest first." })
  log!: WebhookAttempt[];
}

@InputType({ description: "A webhook endpoint to register." })
export class AddWebhookEndpointInput {
  @Field(() => String, { description: "An http:// or https:// URL." })
  url!: string;

  @Field(() => String, { nullable: true, description: "Signing secret (at least 16 characters); generated when absent." })
  secret?: string | null;

  @Field(() => [FactKind], { nullable: true, description: "Only facts of these kinds (and the documents that have them)." })
  kinds?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Countries, each by ISO code, name or demonym (`VN`, `Vietnam`, `Vietnamese`); kept as ISO codes." })
  countries?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Official global IDs." })
  officials?: string[] | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of addWebhookEndpoint." })
export class AddWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: "The registered endpoint." })
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: "The signing secret; shown only here." })
  secret!: string;
}

const shown = (e: EndpointRow) => ({ ...e, status: e.status.toUpperCase() });

@Resolver()
export class WebhookResolver {
  @Query(() => [WebhookEndpoint], { description: "Registered webhook endpoints (write token)." })
  async webhookEndpoints(@Ctx() ctx: Context) {
    authorizeWrite(ctx);
    return (await listEndpoints(ctx.db.prisma)).map(shown);
  }

  @Query(() => [WebhookDelivery], { description: "The delivery log, newest first (write token)." })
  async webhookDeliveries(
    @Ctx() ctx: Context,
    @Arg("endpointId", () => Int, { nullable: true, description: "Only this endpoint's deliveries." }) endpointId?: number | null,
    @Arg("status", () => String, { nullable: true, description: "pending, sending, delivered or failed." }) status?: string | null,
    @Arg("first", () => Int, { nullable: true, description: "At most 100 (default 20)." }) first?: number | null,
  ) {
    authorizeWrite(ctx);
    return listDeliveries(ctx.db.prisma, { endpointId: endpointId ?? undefined, status: status ?? undefined, first: first ?? undefined });
  }

  @Mutation(() => AddWebhookEndpointPayload, { description: "Registers an endpoint (write token). BAD_USER_INPUT for a URL that is not http(s) or a bad filter." })
  async addWebhookEndpoint(@Arg("input", () => AddWebhookEndpointInput, { description: "The endpoint." }) input: AddWebhookEndpointInput, @Ctx() ctx: Context) {
    authorizeWrite(ctx);
    const { endpoint, secret } = await addEndpoint(ctx.db.prisma, input);
    return { endpoint: shown(endpoint), secret };
  }

  @Mutation(() => Int, { description: "Removes an endpoint and its delivery log (write token); returns its number." })
  async removeWebhookEndpoint(@Arg("id", () => Int, { description: "The endpoint's number." }) id: number, @Ctx() ctx: Context) {
    authorizeWrite(ctx);
    await removeEndpoint(ctx.db.prisma, id);
    return id;
  }

  @Mutation(() => WebhookEndpoint, { description: "Sends to a paused endpoint again, starting with the deliveries that waited (write token)." })
  async resumeWebhookEndpoint(@Arg("id", () => Int, { description: "The endpoint's number." }) id: number, @Ctx() ctx: Context) {
    authorizeWrite(ctx);
    return shown(await resumeEndpoint(ctx.db.prisma, id));
  }
}
