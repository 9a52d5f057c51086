/**
 * A self-signed RSA-2048 certificate and its key, made in memory with WebCrypto and pkijs (no
 * openssl): for signing test PDFs where the chain does not matter (the hasher tests, the bench).
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export async function selfSigned(
  commonName: string,
): Promise<{ privateKey: CryptoKey; cert: pkijs.Certificate }> {
  const alg = {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  };
  const keys = (await crypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ value: 1 });
  const name = new pkijs.AttributeTypeAndValue({
    type: '2.5.4.3',
    value: new asn1js.Utf8String({ value: commonName }),
  });
  cert.subject.typesAndValues.push(name);
  cert.issuer.typesAndValues.push(name);
  cert.notBefore.value = new Date(Date.now() - 86400_000);
  cert.notAfter.value = new Date(Date.now() + 365 * 86400_000);
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey);
  await cert.sign(keys.privateKey, 'SHA-256');
  return { privateKey: keys.privateKey, cert };
}
