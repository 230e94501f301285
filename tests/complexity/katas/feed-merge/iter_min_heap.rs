// learner: optimal
// idiom: min-heap of Reverse keys plus a Vec of slice iterators and pending heads, match-heavy, early return on n == 0
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

/// Key of a head in a min-heap: newer sorts first, then the lower feed index.
type Key = (Reverse<u64>, usize);

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    if n == 0 {
        return Vec::new();
    }
    let mut rests: Vec<std::slice::Iter<'_, Post>> = feeds.iter().map(|f| f.iter()).collect();
    let mut pending: Vec<Option<Post>> = rests.iter_mut().map(|it| it.next().copied()).collect();
    let mut heap: BinaryHeap<Reverse<Key>> = pending
        .iter()
        .enumerate()
        .filter_map(|(feed, head)| head.map(|p| Reverse((Reverse(p.time), feed))))
        .collect();

    let mut timeline = Vec::new();
    loop {
        match heap.pop() {
            None => break,
            Some(Reverse((_, feed))) => {
                let post = pending[feed].take().expect("a heap entry has a pending post");
                timeline.push(post);
                if timeline.len() == n {
                    break;
                }
                match rests[feed].next() {
                    Some(next) => {
                        pending[feed] = Some(*next);
                        heap.push(Reverse((Reverse(next.time), feed)));
                    }
                    None => {}
                }
            }
        }
    }
    timeline
}
