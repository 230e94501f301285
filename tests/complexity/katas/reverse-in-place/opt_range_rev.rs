// learner: optimal
// idiom: flip each char's bytes first, then swap the whole buffer from the middle outwards with a reversed index range
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let mut j = i + 1;
        while j < n && bytes[j] & 0b1100_0000 == 0b1000_0000 {
            j += 1;
        }
        bytes[i..j].reverse();
        i = j;
    }
    for k in (0..n / 2).rev() {
        bytes.swap(k, n - 1 - k);
    }
    *s = String::from_utf8(bytes).expect("every char's bytes are in order again");
}
