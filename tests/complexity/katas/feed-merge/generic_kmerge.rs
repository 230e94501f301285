// learner: optimal
// idiom: heavy generics/traits: a Timestamped trait with an impl, a generic k-way merge over any sorted slices
//! Merge per-author feeds into one timeline.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

trait Timestamped {
    type Key: Ord + Copy;
    fn key(&self) -> Self::Key;
}

impl Timestamped for Post {
    type Key = u64;
    fn key(&self) -> u64 {
        self.time
    }
}

/// Merges lists sorted by descending key, ties by list index then position.
fn merge_desc<T, L>(lists: &[L], limit: usize) -> Vec<T>
where
    T: Timestamped + Copy,
    L: AsRef<[T]>,
{
    let mut heap: BinaryHeap<(T::Key, Reverse<usize>, Reverse<usize>)> = lists
        .iter()
        .enumerate()
        .filter_map(|(f, l)| l.as_ref().first().map(|p| (p.key(), Reverse(f), Reverse(0))))
        .collect();
    let mut out = Vec::new();
    while out.len() < limit {
        let Some((_, Reverse(f), Reverse(i))) = heap.pop() else { break };
        let list = lists[f].as_ref();
        out.push(list[i]);
        if let Some(next) = list.get(i + 1) {
            heap.push((next.key(), Reverse(f), Reverse(i + 1)));
        }
    }
    out
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    merge_desc(feeds, n)
}
