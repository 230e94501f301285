// The digits of a number collected into a Vec and reversed: the Vec holds
// as many digits as the number has, which no input collection sizes, so
// the reverse is not a walk over n elements for certain.
// unsure: the walk does not follow how many digits `successors` yields
// expect encode: time O(n), space O(1)
// target encode: time O(log n), space O(log n)
fn digits(id: u64) -> impl Iterator<Item = u8> {
    std::iter::successors(Some(id), |&n| if n >= 62 { Some(n / 62) } else { None })
        .map(|n| (n % 62) as u8)
}

pub fn encode(id: u64) -> Vec<u8> {
    let mut bytes: Vec<u8> = digits(id).collect();
    bytes.reverse();
    bytes
}
