import { pipeline, type Readable } from 'node:stream';
import type { Descriptor, ImageBlobSource } from '../../targets/image/model.js';
import { VerifyingStream } from './digest.js';
import type { RegistryClient } from './registry-client.js';

export interface RegistrySourceLimits {
  maxJsonBytes: number;
  maxLayerBytes: number;
}

/**
 * An image in a registry as an ImageBlobSource: manifests and configs are read into memory
 * (bounded, verified), layers are streamed from the registry (or the blob storage it redirects
 * to) through a digest check, one at a time, never written to disk.
 */
export class RegistryImageSource implements ImageBlobSource {
  readonly kind = 'registry' as const;

  constructor(
    private readonly client: RegistryClient,
    private readonly limits: RegistrySourceLimits,
    /** The manifest or index the reference resolved to, already fetched. */
    private readonly top: { digest: string; body: Buffer },
    private readonly closeTransport: () => Promise<void>
  ) {}

  async readBlob(descriptor: Descriptor): Promise<Buffer> {
    if (descriptor.digest === this.top.digest) return this.top.body;
    return this.client.fetchBlob(descriptor, this.limits.maxJsonBytes);
  }

  async streamLayers(
    layers: Descriptor[],
    onLayer: (layer: Descriptor, stream: Readable) => Promise<void>,
    missing: (layer: Descriptor, reason: string) => void
  ): Promise<void> {
    const registry = this.client.reference.registry;
    const max = this.limits.maxLayerBytes;
    for (const layer of layers) {
      if (layer.size !== undefined && layer.size > max) {
        missing(layer, `the layer is ${layer.size} bytes, over the limit of ${max} bytes`);
        continue;
      }
      const response = await this.client.openBlob(layer.digest);
      if (response.status === 404) {
        response.body.resume();
        missing(layer, `registry ${registry} does not have this blob (404)`);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        throw await this.client.failure(response, `layer ${layer.digest}`);
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > max) {
        response.body.destroy();
        missing(layer, `the layer is ${declared} bytes, over the limit of ${max} bytes`);
        continue;
      }
      const verifier = new VerifyingStream(
        layer.digest,
        layer.size,
        max,
        `registry ${registry}: layer ${layer.digest}`
      );
      const transferred = new Promise<void>((resolve, reject) => {
        pipeline(response.body, verifier, error => (error ? reject(error) : resolve()));
      });
      transferred.catch(() => undefined);
      try {
        await onLayer(layer, verifier);
      } catch (error) {
        verifier.destroy();
        throw verifier.failure ?? error;
      }
      if (verifier.readableEnded) {
        await transferred;
      } else {
        // The consumer stopped early (a limit of its own): what it read could not be verified.
        verifier.destroy();
        if (verifier.failure !== undefined) throw verifier.failure;
      }
    }
  }

  close(): Promise<void> {
    return this.closeTransport();
  }
}
