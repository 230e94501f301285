// learner: optimal
// idiom: PowerShell-admin style: a named FeedCursor struct with hand-written Ord, verbose names, defensive checks before touching the heap
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

#[derive(PartialEq, Eq)]
struct FeedCursor {
    postTime: u64,
    feedNumber: usize,
    positionInFeed: usize,
}

impl Ord for FeedCursor {
    fn cmp(&self, other: &Self) -> Ordering {
        // newest first; on a tie the LOWER feed number must win in a max-heap
        match self.postTime.cmp(&other.postTime) {
            Ordering::Equal => other.feedNumber.cmp(&self.feedNumber),
            differentTimes => differentTimes,
        }
    }
}

impl PartialOrd for FeedCursor {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut timelineResult: Vec<Post> = Vec::new();
    if n == 0 || feeds.is_empty() {
        return timelineResult;
    }
    let mut startingCursors: Vec<FeedCursor> = Vec::with_capacity(feeds.len());
    for (feedNumber, oneFeed) in feeds.iter().enumerate() {
        if let Some(firstPost) = oneFeed.first() {
            startingCursors.push(FeedCursor { postTime: firstPost.time, feedNumber, positionInFeed: 0 });
        }
    }
    let mut cursorHeap: BinaryHeap<FeedCursor> = BinaryHeap::from(startingCursors);
    while timelineResult.len() < n {
        let bestCursor = match cursorHeap.pop() {
            Some(cursor) => cursor,
            None => break,
        };
        let sourceFeed = &feeds[bestCursor.feedNumber];
        timelineResult.push(sourceFeed[bestCursor.positionInFeed]);
        let nextPosition = bestCursor.positionInFeed + 1;
        if nextPosition < sourceFeed.len() {
            cursorHeap.push(FeedCursor {
                postTime: sourceFeed[nextPosition].time,
                feedNumber: bestCursor.feedNumber,
                positionInFeed: nextPosition,
            });
        }
    }
    timelineResult
}
