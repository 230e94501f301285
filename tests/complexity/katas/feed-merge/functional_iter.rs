// learner: optimal
// idiom: functional: a Head<'a> holding the remaining slice with a hand-written Ord, a Timeline<'a> struct implementing Iterator, merge = Timeline::new(feeds).take(n).collect()
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

struct Head<'a> {
    feed: usize,
    rest: &'a [Post],
}

impl<'a> Head<'a> {
    fn time(&self) -> u64 {
        self.rest[0].time
    }
}

impl PartialEq for Head<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Head<'_> {}
impl PartialOrd for Head<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Head<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.time().cmp(&other.time()).then_with(|| other.feed.cmp(&self.feed))
    }
}

struct Timeline<'a> {
    heap: BinaryHeap<Head<'a>>,
}

impl<'a> Timeline<'a> {
    fn new(feeds: &'a [Vec<Post>]) -> Self {
        let heads: Vec<Head<'a>> = feeds
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.is_empty())
            .map(|(feed, f)| Head { feed, rest: f.as_slice() })
            .collect();
        Timeline { heap: BinaryHeap::from(heads) }
    }
}

impl<'a> Iterator for Timeline<'a> {
    type Item = Post;
    fn next(&mut self) -> Option<Post> {
        let Head { feed, rest } = self.heap.pop()?;
        let (first, tail) = rest.split_first()?;
        if !tail.is_empty() {
            self.heap.push(Head { feed, rest: tail });
        }
        Some(*first)
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    Timeline::new(feeds).take(n).collect()
}
