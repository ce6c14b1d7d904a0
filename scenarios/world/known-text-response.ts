/**
 * A Response whose body is a string already in hand (an in-process simulator's answer): `text()`, `json()`
 * and `arrayBuffer()` read it as it is, where a Response made of a string wraps it in a web stream and reads
 * it back. Anything else about the body (`body`, `blob()`, `formData()`, `clone()` once read...) comes from a
 * Response made of the same text the first time it is asked for. It extends the global Response of the
 * moment (@hono/node-server puts its own in place when a server starts), as the app's own answers do.
 */
export function knownTextResponse(text: string, answer: Response): Response {
  const base = globalThis.Response;
  let made = subclasses.get(base);
  if (!made) {
    made = knownTextResponseClass(base);
    subclasses.set(base, made);
  }
  return new made(text, answer);
}

type KnownTextResponseClass = new (text: string, answer: Response) => Response;

const subclasses = new WeakMap<typeof Response, KnownTextResponseClass>();

function knownTextResponseClass(base: typeof Response): KnownTextResponseClass {
  return class KnownTextResponse extends base {
    readonly #text: string;
    #used = false;
    #full: Response | undefined;

    /** `answer` gives the status, status text and headers (its own body is none). */
    constructor(text: string, answer: Response) {
      super(null, answer);
      this.#text = text;
    }

    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      return this.#withBody().body;
    }

    override get bodyUsed(): boolean {
      return this.#used || (this.#full?.bodyUsed ?? false);
    }

    override text(): Promise<string> {
      return this.#read((text) => text);
    }

    override json(): Promise<unknown> {
      return this.#read((text) => JSON.parse(text) as unknown);
    }

    override arrayBuffer(): Promise<ArrayBuffer> {
      return this.#read((text) => new TextEncoder().encode(text).buffer as ArrayBuffer);
    }

    override bytes(): Promise<Uint8Array<ArrayBuffer>> {
      return this.#read((text) => new TextEncoder().encode(text));
    }

    override blob(): Promise<Blob> {
      return this.#withBody().blob();
    }

    override formData(): Promise<FormData> {
      return this.#withBody().formData();
    }

    override clone(): Response {
      return this.#full || this.#used ? this.#withBody().clone() : new KnownTextResponse(this.#text, this);
    }

    /** The body read once, as a Response's is: a second read rejects with the TypeError a Response gives. */
    async #read<T>(as: (text: string) => T): Promise<T> {
      if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
      if (this.#full) return as(await this.#full.text());
      this.#used = true;
      return as(this.#text);
    }

    /** The same answer as a Response made of its text; read already if the text was (so it refuses again). */
    #withBody(): Response {
      if (!this.#full) {
        this.#full = new base(this.#text, this);
        if (this.#used) void this.#full.arrayBuffer();
      }
      return this.#full;
    }
  };
}
