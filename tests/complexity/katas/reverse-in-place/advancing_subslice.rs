// learner: optimal
// idiom: reverse all, then walk a shrinking &mut sub-slice with position() to find each lead byte
fn is_continuation(b: &u8) -> bool {
    (*b as i8) < -64 // 0b10xx_xxxx
}

pub fn reverse_in_place(s: &mut String) {
    let mut owned = std::mem::take(s).into_bytes();
    owned.reverse();
    let mut rest: &mut [u8] = &mut owned;
    while !rest.is_empty() {
        let lead = rest
            .iter()
            .position(|b| !is_continuation(b))
            .expect("every continuation run ends at a lead byte");
        let (ch, tail) = std::mem::take(&mut rest).split_at_mut(lead + 1);
        ch.reverse();
        rest = tail;
    }
    *s = String::from_utf8(owned).unwrap();
}
