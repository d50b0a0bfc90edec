import type { Admin } from '@platformatic/kafka';
import type { EventLogLogger } from './kafka-connection.ts';

/** How a topic this log creates is laid out. */
export interface TopicLayout {
  partitions: number;
  replicas: number;
  /** Set as the topic's min.insync.replicas: what acks=all waits for. */
  minInsyncReplicas: number;
}

export interface TopicCreatorOptions {
  /** Layout per topic name; any other topic gets `fallback`. */
  layouts: Readonly<Record<string, TopicLayout>>;
  fallback: TopicLayout;
  logger?: EventLogLogger;
}

/**
 * Creates each topic once, idempotently (another process may create it at the same time). A
 * topic that already exists is never altered: adding partitions would move keys to other
 * partitions and break one vehicle's order, so a differing layout is only reported.
 */
export class TopicCreator {
  readonly #admin: Admin;
  readonly #options: TopicCreatorOptions;
  readonly #ensured = new Map<string, Promise<void>>();

  constructor(admin: Admin, options: TopicCreatorOptions) {
    this.#admin = admin;
    this.#options = options;
  }

  layoutOf(topic: string): TopicLayout {
    return this.#options.layouts[topic] ?? this.#options.fallback;
  }

  ensure(topic: string): Promise<void> {
    let ensured = this.#ensured.get(topic);
    if (!ensured) {
      ensured = this.#create(topic);
      // A failed attempt is not cached: the next append or poll tries again.
      ensured.catch(() => this.#ensured.delete(topic));
      this.#ensured.set(topic, ensured);
    }
    return ensured;
  }

  async #create(topic: string): Promise<void> {
    const layout = this.layoutOf(topic);
    try {
      await this.#admin.createTopics({
        topics: [topic],
        partitions: layout.partitions,
        replicas: layout.replicas,
        configs: [{ name: 'min.insync.replicas', value: String(layout.minInsyncReplicas) }],
      });
      this.#options.logger?.info({ topic, ...layout }, 'kafka topic created');
    } catch (error) {
      // "Already exists" is success; anything else is, unless the topic is there after all.
      const existing = await this.#admin.listTopics();
      if (!existing.includes(topic)) throw error;
      // Only a report: failing to describe a topic that exists must not stop the log.
      await this.#reportDifference(topic, layout).catch(() => undefined);
    }
  }

  async #reportDifference(topic: string, wanted: TopicLayout): Promise<void> {
    const metadata = await this.#admin.metadata({ topics: [topic] });
    const existing = metadata.topics.get(topic);
    if (!existing) return;
    const replicas = existing.partitions[0]?.replicas.length ?? 0;
    if (existing.partitionsCount === wanted.partitions && replicas === wanted.replicas) return;
    this.#options.logger?.warn(
      { topic, partitions: existing.partitionsCount, replicas, configured: wanted },
      'kafka topic exists with another layout; left as it is',
    );
  }
}
