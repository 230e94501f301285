// learner: optimal
// idiom: iterator style: swap the two halves via iter_mut().zip(rev), then fix runs found with iter().position on the remaining slice
pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    let half = buf.len() / 2;
    let (front, back) = buf.split_at_mut(half);
    let back_len = back.len();
    // with an odd length the middle byte stays where it is
    let back = &mut back[back_len - half..];
    for (x, y) in front.iter_mut().zip(back.iter_mut().rev()) {
        std::mem::swap(x, y);
    }

    let is_cont = |b: &u8| b & 0b1100_0000 == 0b1000_0000;
    let mut i = 0;
    while i < buf.len() {
        if is_cont(&buf[i]) {
            // the lead byte is the first non-continuation byte after i
            let lead = i + buf[i..].iter().position(|b| !is_cont(b)).expect("a lead byte follows");
            buf[i..=lead].reverse();
            i = lead + 1;
        } else {
            i += 1;
        }
    }
    *s = String::from_utf8(buf).unwrap();
}
