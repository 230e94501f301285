// learner: optimal
// idiom: Nix: `let n = length letters; in all id (genList (i: elemAt fwd i == elemAt bwd i) (n / 2))` done lazily as zip + take + all
// why: one pass to count, one lazy pass over half from each end: O(n) time, nothing materialised: O(1) space

fn letters(s: &str) -> impl DoubleEndedIterator<Item = char> + '_ {
    s.chars().filter(|c| c.is_alphanumeric())
}

pub fn is_palindrome(s: &str) -> bool {
    let n = letters(s).count();
    letters(s)
        .zip(letters(s).rev())
        .take(n / 2)
        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}
