/**
 * Credentials vendors publish in their own documentation. They are public knowledge, so a file
 * holding one leaks nothing (RULES.md: "Vendors' documented example credentials … are
 * placeholders"). Exact values only: anything else with the same shape is a real finding.
 */

interface VendorExample {
  value: string;
  source: string;
}

const EXAMPLES: VendorExample[] = [
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html and the AWS CLI guide.
  { value: 'AKIAIOSFODNN7EXAMPLE', source: 'AWS documentation example access key ID' },
  { value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', source: 'AWS documentation example secret key' },
  { value: 'AKIAI44QH8DHBEXAMPLE', source: 'AWS documentation example access key ID' },
  { value: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', source: 'AWS documentation example secret key' },
  // Azurite / Azure Storage Emulator well-known development account key (devstoreaccount1):
  // https://learn.microsoft.com/azure/storage/common/storage-use-azurite#http-connection-strings
  {
    value: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
    source: 'Azurite development storage account key'
  },
  // The token shown on https://jwt.io (payload: sub 1234567890, name John Doe).
  {
    value:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    source: 'jwt.io example token'
  },
  // Docker Official Images READMEs: postgres, mysql/mariadb; SQL Server on Linux docs.
  { value: 'mysecretpassword', source: 'postgres image documentation example password' },
  { value: 'my-secret-pw', source: 'mysql/mariadb image documentation example password' },
  { value: 'yourStrong(!)Password', source: 'SQL Server container documentation example password' },
  { value: '<YourStrong@Passw0rd>', source: 'SQL Server container documentation example password' },
  // CAPTCHA services' test keys, published for automated tests and development: verification with
  // them always gives the same answer, so they unlock nothing. reCAPTCHA v2:
  // https://developers.google.com/recaptcha/docs/faq (automated tests); Cloudflare Turnstile:
  // https://developers.cloudflare.com/turnstile/troubleshooting/testing/.
  { value: '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe', source: 'reCAPTCHA test secret key' },
  { value: '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI', source: 'reCAPTCHA test site key' },
  { value: '1x0000000000000000000000000000000AA', source: 'Turnstile test secret key (always passes)' },
  { value: '2x0000000000000000000000000000000AA', source: 'Turnstile test secret key (always fails)' },
  { value: '3x0000000000000000000000000000000AA', source: 'Turnstile test secret key (token already spent)' }
];

const BY_VALUE = new Map(EXAMPLES.map(example => [example.value, example.source]));

/** The documentation this exact value comes from, or undefined when it is not a vendor example. */
export function vendorExampleSource(value: string): string | undefined {
  return BY_VALUE.get(value.trim());
}

/**
 * Whether `value` is a vendor example, or an AWS access key ID / secret in the style AWS
 * documentation uses for every example (`…EXAMPLE` / `…EXAMPLEKEY`), e.g. `ASIAIOSFODNN7EXAMPLE`.
 */
export function isVendorExample(value: string): boolean {
  const text = value.trim();
  if (BY_VALUE.has(text)) return true;
  return /^A[KS]IA[A-Z0-9]{9}EXAMPLE$/.test(text) || /^[A-Za-z0-9/+]{30}EXAMPLEKEY$/.test(text);
}
