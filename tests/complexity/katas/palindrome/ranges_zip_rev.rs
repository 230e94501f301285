// learner: optimal
// idiom: C++-style generic algorithm: a lazy alnum "view" factory, std::equal-like zip of forward and reverse views (no buffers)
fn alnum_view<I>(chars: I) -> impl Iterator<Item = char>
where
    I: Iterator<Item = char>,
{
    chars.filter(|c| c.is_alphanumeric())
}

fn same_folded(pair: (char, char)) -> bool {
    pair.0.to_lowercase().eq(pair.1.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    alnum_view(s.chars()).zip(alnum_view(s.chars().rev())).all(same_folded)
}
