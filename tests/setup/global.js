// dayjs formats in local time: pin the zone so assertions on dates hold on every machine.
module.exports = async () => {
  process.env.TZ = 'Asia/Shanghai'
}
