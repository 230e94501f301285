// learner: optimal
// idiom: an enum for the scan state driven by a while-let over char_indices from both ends
#[derive(Clone, Copy)]
enum Step {
    Compare,
    Done(bool),
}

fn step(front: Option<(usize, char)>, back: Option<(usize, char)>) -> Step {
    match (front, back) {
        (Some((i, a)), Some((j, b))) if i < j => {
            if a.to_lowercase().eq(b.to_lowercase()) {
                Step::Compare
            } else {
                Step::Done(false)
            }
        }
        _ => Step::Done(true),
    }
}

pub fn is_palindrome(s: &str) -> bool {
    let mut ends = s.char_indices().filter(|&(_, c)| c.is_alphanumeric());
    let mut state = Step::Compare;
    while let Step::Compare = state {
        let front = ends.next();
        let back = ends.next_back();
        state = step(front, back);
    }
    match state {
        Step::Done(answer) => answer,
        Step::Compare => unreachable!(),
    }
}
