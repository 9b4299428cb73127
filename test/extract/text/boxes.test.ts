import { describe, expect, it } from 'vitest';
import { cookieRule, newsletterRule } from '../../../src/extract/text/boxes.js';
import { runRule } from './helpers.js';

describe('cookieRule', () => {
  it('claims the banner and its buttons', () => {
    const match = runRule(cookieRule, [
      'We use cookies to improve your experience. By continuing, you agree to our use of cookies.',
      'Accept all',
      'Reject all',
      'Manage preferences',
      '',
      'Coastal village votes to let the sea reclaim its old sea wall',
    ]);
    expect(match).toMatchObject({ length: 4, kind: 'cookie', rule: 'text/cookie-notice' });
  });

  it('claims a privacy title box', () => {
    expect(runRule(cookieRule, ['We value your privacy', 'Accept', 'Learn more'])?.length).toBe(3);
  });

  it.each([
    'The bakery on Elm Street sells cookies and bread every morning.',
    'Regulators said the site stored tracking cookies for years, a practice the company denied.',
  ])('passes on %s', (line) => expect(runRule(cookieRule, [line])).toBeNull());
});

describe('newsletterRule', () => {
  it('claims the pitch, the field, the button and the small print', () => {
    const match = runRule(newsletterRule, [
      'Sign up for our Morning Brief newsletter',
      "Get the day's top local stories delivered to your inbox every weekday.",
      'Enter your email address',
      'Sign up',
      'By signing up, you agree to our Privacy Policy and Terms of Use.',
      '',
      'Construction on the first section could begin as early as September, the engineer said.',
    ]);
    expect(match).toMatchObject({ length: 5, kind: 'newsletter', rule: 'text/newsletter' });
  });

  it('does not run into body lines of a scrape with no blank lines', () => {
    const match = runRule(newsletterRule, [
      'Subscribe to The Ledger newsletter',
      'Construction on the first section could begin as early as September, the engineer said.',
      'The city will hold three public meetings.',
    ]);
    expect(match?.length).toBe(1);
  });

  it('claims the small print left without its pitch', () => {
    expect(runRule(newsletterRule, ["No spam, we promise. You can unsubscribe at any time and we'll never share your details."])?.kind).toBe('newsletter');
  });

  it.each([
    'Readers can subscribe to the newsletter for free, the editor said.',
    'More than 2,000 people signed up for the e-mail alerts in a week.',
  ])('passes on %s', (line) => expect(runRule(newsletterRule, [line])).toBeNull());
});
