// How a wallet app would brand the payment screen, per source type; unknown types show their type.
const labels: Readonly<Record<string, string>> = {
  wechat_pay_mpm: 'WeChat Pay',
  wechat_pay_upm: 'WeChat Pay',
  barcode_wechat: 'WeChat Pay',
  alipayplus_mpm: 'Alipay+',
  truemoney: 'TrueMoney Wallet',
  card: 'Card payment',
  promptpay: 'PromptPay',
  paynow: 'PayNow',
  atome_qr: 'Atome',
  alipayplus_upm: 'Alipay+',
  truemoney_jumpapp: 'TrueMoney',
  mobile_banking_bay: 'Krungsri (KMA)',
  mobile_banking_bbl: 'Bangkok Bank',
  mobile_banking_kbank: 'K PLUS',
  mobile_banking_ktb: 'Krungthai NEXT',
  mobile_banking_scb: 'SCB Easy',
  shopeepay: 'ShopeePay',
  shopeepay_jumpapp: 'ShopeePay',
  grabpay: 'GrabPay',
  rabbit_linepay: 'Rabbit LINE Pay',
  atome: 'Atome',
};

export function methodLabel(sourceType: string): string {
  return labels[sourceType] ?? sourceType;
}
