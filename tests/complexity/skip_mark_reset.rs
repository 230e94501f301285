// A mark that is reset to the start of the input is no skip mark: the scan
// from every start can re-read the whole input.
// expect longest_tail: time O(n^2), space O(1)
pub fn longest_tail(b: &[u8]) -> usize {
    let mut best = 0;
    let mut mark = 0;
    for i in 0..b.len() {
        if i >= mark {
            let end = run_end(b, i);
            best = best.max(end - i);
            mark = end;
        }
        if b[i] == b'\n' {
            mark = 0;
        }
    }
    best
}

fn run_end(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len() && b[j] != b' ' {
        j += 1;
    }
    j
}

// A mark moved only when the scan fails: after a success, the next start
// reads the same run again.
// expect count_labels: time O(n^2), space O(1)
pub fn count_labels(b: &[u8]) -> usize {
    let mut labels = 0;
    let mut skip_to = 0;
    for i in 0..b.len() {
        if i >= skip_to {
            match label_at(b, i) {
                Ok(_) => labels += 1,
                Err(end) => skip_to = end,
            }
        }
    }
    labels
}

fn label_at(b: &[u8], i: usize) -> Result<usize, usize> {
    let mut j = i;
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    if j < b.len() && b[j] == b':' {
        Ok(j + 1)
    } else {
        Err(j)
    }
}
