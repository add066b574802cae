import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTransformersEmbedder } from '../../../../language/embed/index.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('createTransformersEmbedder', () => {
  it('fails with MODEL_MISSING and the setup command when the folder does not exist', async () => {
    const dir = path.join(tmpdir(), 'atlas-no-such-model');
    await expect(createTransformersEmbedder({ modelDir: dir })).rejects.toMatchObject({
      code: 'MODEL_MISSING',
      message: expect.stringContaining('npm run setup:model'),
    });
  });

  it('fails with MODEL_MISSING naming the files absent from a half-installed folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-half-model-'));
    made.push(dir);
    mkdirSync(path.join(dir, 'onnx'));
    writeFileSync(path.join(dir, 'config.json'), '{"hidden_size":512}');
    const error = await createTransformersEmbedder({ modelDir: dir }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'MODEL_MISSING' });
    expect((error as Error).message).toContain('onnx/model_quantized.onnx, tokenizer.json, tokenizer_config.json');
  });
});
