// A scanner that tries a token at every start, but remembers where a failed
// attempt stopped and does not try again before it: every start inside that
// run would read up to the same place and fail alike, so each byte is read
// about once. Without the mark, every start re-reads the run.
// expect count_keys: time O(n), space O(1)
// expect count_keys_every_start: time O(n^2), space O(1)
// expect key_at: time O(n), space O(1)
pub fn count_keys(b: &[u8]) -> usize {
    let mut keys = 0;
    let mut no_key_before = 0; // no key starts before this index
    let mut i = 0;
    while i < b.len() {
        if i >= no_key_before && b[i].is_ascii_alphabetic() {
            match key_at(b, i) {
                Ok(end) => {
                    keys += 1;
                    i = end;
                    continue;
                }
                Err(run_end) => no_key_before = run_end,
            }
        }
        i += 1;
    }
    keys
}

pub fn count_keys_every_start(b: &[u8]) -> usize {
    let mut keys = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphabetic() {
            if let Ok(end) = key_at(b, i) {
                keys += 1;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    keys
}

/// A run of letters followed by `=`: `Ok(end)` past the `=`, or `Err` with
/// where the run of letters stops.
fn key_at(b: &[u8], i: usize) -> Result<usize, usize> {
    let mut j = i;
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    if j < b.len() && b[j] == b'=' {
        Ok(j + 1)
    } else {
        Err(j)
    }
}
