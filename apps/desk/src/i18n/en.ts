// English strings of the services desk (under `app.`). kk.ts and ru.ts must have exactly these keys.
export const en = {
  name: 'Services desk',
  home: {
    intro: 'The desk of the staff who provide the services: territorial justice officers announce attestation sessions and check applications, attestation commissions run the test, the interview and the vote, the Ministry\'s licensing officers issue and reissue private bailiffs\' licences.',
  },
};
