// learner: optimal
// idiom: a ReScript web developer: a pipeline, `chars()->filter->zip(rev chars->filter)->all(sameLetter)`, with a tiny named predicate and no loops
//! Palindrome check without a copy: see README.md.

fn same_letter((a, b): (char, char)) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let forwards = s.chars().filter(|c| c.is_alphanumeric());
    let backwards = s.chars().rev().filter(|c| c.is_alphanumeric());
    forwards.zip(backwards).all(same_letter)
}
