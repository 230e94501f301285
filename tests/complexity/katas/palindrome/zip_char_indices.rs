// learner: optimal
// idiom: pure iterator chain: zip forward and reversed char_indices, stop when positions cross
fn keep(&(_, c): &(usize, char)) -> bool {
    c.is_alphanumeric()
}

pub fn is_palindrome(s: &str) -> bool {
    let forward = s.char_indices().filter(keep);
    let backward = s.char_indices().rev().filter(keep);
    forward
        .zip(backward)
        .take_while(|((i, _), (j, _))| i < j)
        .all(|((_, a), (_, b))| a.to_lowercase().eq(b.to_lowercase()))
}
