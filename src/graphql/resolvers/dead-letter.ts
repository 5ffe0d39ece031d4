// The ingest queue's dead letters: article pages that failed for good, with the reason, so an
// operator sees from the API what `diplograph dead-letters` lists.
import { Arg, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { IngestQueue } from "../../queue/queue.ts";
import { sourcesConfig } from "../../sources/config.ts";
import { apiError, badInput } from "../errors.ts";
import { DateTimeScalar } from "../scalars.ts";

@ObjectType({ simpleResolvers: true, description: "An ingest job that failed for good (no more retries)." })
export class DeadLetter {
  @Field(() => String, { description: "The article page's URL." })
  url!: string;

  @Field(() => String, { description: "Why the last attempt failed." })
  reason!: string;

  @Field(() => Int, { description: "Attempts made." })
  attempts!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it failed for the last time." })
  failedAt!: Date | null;
}

@Resolver(() => DeadLetter)
export class DeadLetterResolver {
  @Query(() => [DeadLetter], { description: "Dead letters of the ingest queue, newest first. QUEUE_NOT_CONFIGURED when the server has no REDIS_URL." })
  async deadLetters(@Arg("first", () => Int, { defaultValue: 50, description: "At most this many (1 to 1000)." }) first: number): Promise<DeadLetter[]> {
    if (!Number.isInteger(first) || first < 1 || first > 1000) throw badInput("`first` must be from 1 to 1000.", { argument: "first" });
    const config = sourcesConfig(process.env);
    if (!config.redisUrl) throw apiError("QUEUE_NOT_CONFIGURED", "This server has no ingest queue (REDIS_URL is not set).");
    // A connection per request: this is an operator's query, and nothing stays open on shutdown.
    const queue = new IngestQueue({ redisUrl: config.redisUrl, name: config.queueName, prefix: config.queuePrefix });
    try {
      return await queue.deadLetters(first);
    } finally {
      await queue.close();
    }
  }
}
