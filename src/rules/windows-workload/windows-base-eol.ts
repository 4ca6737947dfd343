import { defineRule, type Report } from '../../core/rule.js';
import { baseImageOf, finalImageStages } from '../../targets/dockerfile/final-image-stages.js';
import { IMAGE_REGION } from '../../targets/image/target.js';
import { workloadImages, type WorkloadImage } from '../../targets/workload-images.js';
import { windowsImageRelease } from '../../targets/image/windows-image-release.js';
import { windowsReleaseOfImage, type WindowsRelease } from '../../targets/windows-builds.js';
import { endOfSupport } from '../../targets/windows-support-dates.js';

type MessageId = 'ended' | 'ending' | 'imageEnded' | 'imageEnding';

/** BH613: a Windows base or workload image whose release no longer gets security updates. */
export default defineRule({
  meta: {
    id: 'BH613',
    slug: 'windows-base-eol',
    title: 'Windows image out of support',
    description:
      "The image's Windows release is past its end of support, so Microsoft publishes no more security updates for it: every Windows vulnerability fixed since stays open in the container. Semi-Annual Channel images (`1709`, `1803`, `1903`, `1909`, `2004`, `20H2`, first tagged `2009`) had 18 months, the 2016-era Nano Server (`sac2016`, `10.0.14393.*`) ended in 2018, and Windows Server 2016 (`ltsc2016`, `10.0.14393`) ends on 2027-01-12; `1809` is the Windows Server 2019 build, supported until 2029-01-09. Checked for a Dockerfile's final image, workload images (Kubernetes, Compose) and built images (their config `os.version`). Low when support ends within 180 days of the scan.",
    severity: 'medium',
    remediation:
      'Rebuild on a supported release (`ltsc2022` or `ltsc2025`) and move the Windows nodes with it: with process isolation the image and node builds must match.',
    references: [
      'https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/base-image-lifecycle',
      'https://learn.microsoft.com/windows/release-health/windows-server-release-info',
      'https://learn.microsoft.com/lifecycle/products/windows-server-2016'
    ],
    tags: ['CWE-1104', 'windows'],
    messages: {
      ended:
        "Image '{image}' is {release} (build {build}), whose support ended on {date}: it gets no security updates.",
      ending:
        "Image '{image}' is {release} (build {build}), whose support ends on {date}, in {days} days: it then gets no security updates.",
      imageEnded:
        "The image's OS version '{version}' is {release}, whose support ended on {date}: it gets no security updates.",
      imageEnding:
        "The image's OS version '{version}' is {release}, whose support ends on {date}, in {days} days: it then gets no security updates."
    },
    whenToIgnore:
      'You pay for Extended Security Updates for the release and the image is rebuilt with them; suppress with an `expires` date at the end of that contract.'
  },
  checks: {
    dockerfile({ document, settings, report }) {
      // Only the base the final image ships: builder stages on an old image are not deployed.
      const root = finalImageStages(document).at(-1);
      const base = root && baseImageOf(root);
      const tagged = base && windowsReleaseOfImage(base.reference);
      if (root && base && tagged)
        reportRelease(tagged.release, base.written, root.baseRegion, settings.today, report);
    },
    kubernetes({ document, settings, report }) {
      // A variable elsewhere does not hide a literal release (`app:${V}-windowsservercore-1803`).
      for (const use of workloadImages(document, { literalParts: true }))
        reportUse(use, settings.today, report);
    },
    compose({ document, settings, report }) {
      // With `build:`, `image:` names what Compose builds: its Dockerfile's base is checked instead.
      for (const use of workloadImages(document, { literalParts: true }))
        if (!use.built) reportUse(use, settings.today, report);
    },
    image({ document, settings, report }) {
      const release = windowsImageRelease(document.platform, document.history);
      const end = release ? endOfSupport(release, settings.today) : undefined;
      if (!end) return;
      report({
        messageId: end.state === 'ended' ? 'imageEnded' : 'imageEnding',
        data: { ...end.data, version: document.platform.osVersion ?? '' },
        ...(end.severity ? { severity: end.severity } : {}),
        region: IMAGE_REGION,
        logical: 'os.version'
      });
    }
  }
});

function reportUse(
  use: WorkloadImage,
  today: string | undefined,
  report: (r: Report<MessageId>) => void
): void {
  const tagged = windowsReleaseOfImage(use.reference);
  if (tagged) reportRelease(tagged.release, use.reference.raw, use.region, today, report);
}

function reportRelease(
  release: WindowsRelease,
  image: string,
  region: Report['region'],
  today: string | undefined,
  report: (r: Report<MessageId>) => void
): void {
  const end = endOfSupport(release, today);
  if (end)
    report({
      messageId: end.state,
      data: { ...end.data, image },
      ...(end.severity ? { severity: end.severity } : {}),
      region
    });
}
