// Target (issue 14): classifying one received message takes < 5 ms at the median. Measured over
// real bounces of many MTAs (the shared corpus, when ../shared is present), our message fixtures
// and ordinary mail. The ratio that holds on any machine: classification time ÷ mailparser's
// parse of the same message (the MIME floor every classification pays).
import { simpleParser } from 'mailparser';
import { describe, it } from 'vitest';
import { classifyMessage } from '../../electron/core/mailbox/index';
import { loadCorpus, ordinaryMessages, readCorpusSample } from '../fixtures/bounce-corpus';
import { MESSAGE_FIXTURES, OWN_ADDRESS, isSentMessageId, readMessageFixture } from '../fixtures/messages/index';
import { below, bench, quantile } from './harness';

const ctx = { sentMessageIds: isSentMessageId, ownAddress: OWN_ADDRESS };

describe('classifyMessage', () => {
  it('one message at a time over the corpus, the fixtures and ordinary mail', async () => {
    const messages: Buffer[] = [
      ...(loadCorpus() ?? []).map((s) => readCorpusSample(s.file)),
      ...MESSAGE_FIXTURES.map((f) => readMessageFixture(f.file)),
      ...ordinaryMessages().map((m) => m.raw),
    ];
    const timeEach = async (fn: (m: Buffer) => Promise<unknown>) => {
      const out: number[] = [];
      for (const m of messages) {
        const t = performance.now();
        await fn(m);
        out.push(performance.now() - t);
      }
      return out;
    };
    await timeEach((m) => classifyMessage(m, ctx)); // warm-up round
    const classify = await timeEach((m) => classifyMessage(m, ctx));
    const parse = await timeEach((m) => simpleParser(m, { keepDeliveryStatus: true, ignoreEmbedded: true, skipTextToHtml: true }));
    const fig = bench(`classify one message (${messages.length} messages)`);
    fig('median', quantile(classify, 0.5), 'ms', below(5));
    fig('p90', quantile(classify, 0.9), 'ms');
    fig('max', Math.max(...classify), 'ms');
    fig('median ÷ MIME parse', quantile(classify, 0.5) / quantile(parse, 0.5), '×', undefined, 'mailparser simpleParser of the same message');
  });
});
