// learner: optimal
// idiom: iterator-adapter chains: successors for the walks, zip/find for the meeting points, take_while/count for the length
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn walk(next: &[Option<usize>], from: usize) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(Some(from), move |&i| next[i])
}

fn meeting_point(next: &[Option<usize>], head: usize) -> Option<usize> {
    let tortoise = walk(next, head).skip(1);
    let hare = walk(next, head).skip(2).step_by(2);
    tortoise.zip(hare).find(|(t, h)| t == h).map(|(t, _)| t)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.and_then(|h| meeting_point(next, h)).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let head = head?;
    let meet = meeting_point(next, head)?;
    let entry = walk(next, head).zip(walk(next, meet)).find(|(a, b)| a == b)?.0;
    let len = 1 + walk(next, entry).skip(1).take_while(|&i| i != entry).count();
    Some(Cycle { entry, len })
}
