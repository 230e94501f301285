// learner: optimal
// idiom: Dart-ish: mem::take round trip, small named predicate helpers, while loop mending continuation runs
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

fn mend_runs(bytes: &mut [u8]) {
    let mut i = 0;
    while i < bytes.len() {
        if !is_continuation(bytes[i]) {
            i += 1;
            continue;
        }
        let run_end = i + bytes[i..].iter().take_while(|&&b| is_continuation(b)).count();
        bytes[i..=run_end].reverse();
        i = run_end + 1;
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    mend_runs(&mut bytes);
    *s = String::from_utf8(bytes).expect("mended bytes are valid UTF-8");
}
