// A digit run read at most 19 digits long (a u64), counter-capped.
// expect parse_numbers: time O(n), space O(n)
// target parse_numbers: time O(n), space O(n)
pub fn parse_numbers(s: &[u8]) -> Vec<u64> {
    let mut out = Vec::new();
    for start in 0..s.len() {
        let mut value = 0u64;
        let mut used = 0;
        let mut at = start;
        while at < s.len() && s[at].is_ascii_digit() && used < 19 {
            value = value * 10 + u64::from(s[at] - b'0');
            used += 1;
            at += 1;
        }
        out.push(value);
    }
    out
}
