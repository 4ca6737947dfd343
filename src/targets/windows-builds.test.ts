import { parseImageReference } from './dockerfile/image-reference.js';
import { workloadImageReference } from './dockerfile/literal-image-reference.js';
import {
  WINDOWS_RELEASES,
  runsWithProcessIsolation,
  windowsReleaseOfImage,
  windowsReleaseOfNodeLabel,
  windowsReleaseOfVersion
} from './windows-builds.js';
import { SUPPORT_ENDING_DAYS, WINDOWS_SUPPORT_DATES, supportStatus } from './windows-support-dates.js';

function imageBuild(image: string): string | undefined {
  const reference = parseImageReference(image);
  const tagged = reference ? windowsReleaseOfImage(reference) : undefined;
  return tagged ? `${tagged.release.key}:${tagged.release.build}` : undefined;
}

describe('windowsReleaseOfImage', () => {
  it.each([
    ['mcr.microsoft.com/windows/nanoserver:ltsc2022', 'ltsc2022:20348'],
    ['mcr.microsoft.com/windows/servercore:ltsc2025-amd64', 'ltsc2025:26100'],
    ['mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019', 'ltsc2019:17763'],
    ['mcr.microsoft.com/windows/nanoserver:1809-KB4493509', 'ltsc2019:17763'],
    ['mcr.microsoft.com/powershell:lts-nanoserver-1809', 'ltsc2019:17763'],
    ['mcr.microsoft.com/windows/servercore:10.0.17763.5576', 'ltsc2019:17763'],
    ['mcr.microsoft.com/windows/servercore:20H2', '20h2:19042'],
    ['mcr.microsoft.com/windows/nanoserver:sac2016', 'sac2016:14393'],
    ['microsoft/nanoserver', 'sac2016:14393'],
    ['microsoft/windowsservercore:ltsc2016', 'ltsc2016:14393'],
    ['scr.sitecore.com/sxp/sitecore-xp0-cm:10.3-ltsc2019', 'ltsc2019:17763'],
    ['mcr.microsoft.com/windows/servercore:10.0.22621.1', '10.0.22621:22621']
  ])('%s is %s', (image, expected) => {
    expect(imageBuild(image)).toBe(expected);
  });

  it.each([
    'mcr.microsoft.com/windows/nanoserver',
    'mcr.microsoft.com/windows/servercore:latest',
    'mcr.microsoft.com/dotnet/aspnet:8.0',
    'registry.k8s.io/pause:3.9',
    'myorg/app:2004',
    'ubuntu:20.04',
    'mcr.microsoft.com/windows/nanoserver@sha256:0123abcd'
  ])('%s pins no build', image => {
    expect(imageBuild(image)).toBeUndefined();
  });

  describe('of a reference with variables, only literal tag words count', () => {
    function literalBuild(image: string): string | undefined {
      const reference = workloadImageReference(image);
      const tagged = reference ? windowsReleaseOfImage(reference) : undefined;
      return tagged ? `${tagged.release.key}:${tagged.release.build}` : undefined;
    }

    it.each([
      ['myreg/app:${VERSION}-windowsservercore-ltsc2019', 'ltsc2019:17763'],
      ['${REGISTRY}app:1.0-windowsservercore-1803', '1803:17134'],
      ['mcr.microsoft.com/windows/servercore:10.0.17763.${REVISION}', 'ltsc2019:17763'],
      ['mcr.microsoft.com/windows/nanoserver:sac2016-${ARCH}', 'sac2016:14393']
    ])('%s is %s', (image, expected) => {
      expect(literalBuild(image)).toBe(expected);
    });

    it.each([
      'mcr.microsoft.com/windows/servercore:${TAG}',
      '${REGISTRY}sitecore-xm-sqldev:${SITECORE_VERSION}-windowsservercore-${WINDOWSSERVERCORE_VERSION}',
      'mcr.microsoft.com/windows/servercore:ltsc${YEAR}',
      'mcr.microsoft.com/windows/servercore:10.0.${BUILD}.1',
      // Untagged, these are Windows Server 2016 (Nano Server 2016); behind a variable tag or registry, not known.
      'microsoft/windowsservercore:${TAG}',
      'microsoft/iis@${DIGEST}',
      '${REGISTRY}/microsoft/iis',
      'microsoft/nanoserver:${TAG}'
    ])('%s pins no build', image => {
      expect(literalBuild(image)).toBeUndefined();
    });
  });
});

describe('windowsReleaseOfNodeLabel', () => {
  it('reads node.kubernetes.io/windows-build and AKS os-sku values', () => {
    expect(windowsReleaseOfNodeLabel('node.kubernetes.io/windows-build', '10.0.20348')?.key).toBe('ltsc2022');
    expect(windowsReleaseOfNodeLabel('node.kubernetes.io/windows-build', '10.0.25398')?.key).toBe('23h2');
    expect(windowsReleaseOfNodeLabel('kubernetes.azure.com/os-sku', 'Windows2019')?.build).toBe(17763);
    expect(windowsReleaseOfNodeLabel('kubernetes.azure.com/os-sku', 'Windows2025')?.build).toBe(26100);
    expect(windowsReleaseOfNodeLabel('kubernetes.azure.com/os-sku', 'WindowsAnnual')).toBeUndefined();
    expect(windowsReleaseOfNodeLabel('kubernetes.azure.com/os-sku', 'Ubuntu')).toBeUndefined();
    expect(windowsReleaseOfNodeLabel('kubernetes.io/os', 'windows')).toBeUndefined();
    expect(windowsReleaseOfNodeLabel('node.kubernetes.io/windows-build', 'ltsc2022')).toBeUndefined();
  });
});

describe('support dates', () => {
  it('has dates for every release that published base images, the last day of support inclusive', () => {
    const undated = WINDOWS_RELEASES.filter(r => !WINDOWS_SUPPORT_DATES.has(r.key)).map(r => r.key);
    expect(undated).toEqual(['23h2']);
    const ltsc2016 = windowsReleaseOfVersion('10.0.14393.6897');
    expect(ltsc2016?.key).toBe('ltsc2016');
    if (!ltsc2016) return;
    expect(supportStatus(ltsc2016, '2027-01-12')).toEqual({
      state: 'ending',
      supportEnd: '2027-01-12',
      daysLeft: 0
    });
    expect(supportStatus(ltsc2016, '2027-01-13')).toEqual({ state: 'ended', supportEnd: '2027-01-12' });
    expect(supportStatus(ltsc2016, '2026-07-16').state).toBe('ending');
    expect(SUPPORT_ENDING_DAYS).toBe(180);
    expect(supportStatus(ltsc2016, '2026-07-15').state).toBe('supported');
  });
});

describe('runsWithProcessIsolation', () => {
  it('needs equal builds, except Windows Server 2022 images on Annual Channel 23H2 hosts', () => {
    expect(runsWithProcessIsolation(20348, 20348)).toBe(true);
    expect(runsWithProcessIsolation(17763, 20348)).toBe(false);
    expect(runsWithProcessIsolation(20348, 17763)).toBe(false);
    expect(runsWithProcessIsolation(20348, 25398)).toBe(true);
    expect(runsWithProcessIsolation(17763, 25398)).toBe(false);
    expect(runsWithProcessIsolation(26100, 25398)).toBe(false);
  });
});
