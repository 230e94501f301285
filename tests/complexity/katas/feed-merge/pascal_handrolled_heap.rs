// learner: optimal
// idiom: Delphi-style hand-rolled binary max-heap over an array of THead records, SiftDown/SiftUp procedures with &mut parameters, bottom-up heapify, while loops
//! Merge per-author feeds into one timeline.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

#[derive(Clone, Copy)]
struct THead {
    Time: u64,
    Feed: usize,
    Pos: usize,
}

/// True when A must come out before B: newer, or as new but from a lower feed.
#[allow(non_snake_case)]
fn Before(A: &THead, B: &THead) -> bool {
    if A.Time != B.Time {
        A.Time > B.Time
    } else {
        A.Feed < B.Feed
    }
}

#[allow(non_snake_case)]
fn SiftDown(Heap: &mut Vec<THead>, Start: usize) {
    let Count = Heap.len();
    let mut I = Start;
    loop {
        let L = 2 * I + 1;
        let R = L + 1;
        let mut Best = I;
        if L < Count && Before(&Heap[L], &Heap[Best]) {
            Best = L;
        }
        if R < Count && Before(&Heap[R], &Heap[Best]) {
            Best = R;
        }
        if Best == I {
            break;
        }
        Heap.swap(I, Best);
        I = Best;
    }
}

#[allow(non_snake_case)]
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut Heap: Vec<THead> = Vec::with_capacity(feeds.len());
    let mut F: usize = 0;
    while F < feeds.len() {
        if !feeds[F].is_empty() {
            Heap.push(THead { Time: feeds[F][0].time, Feed: F, Pos: 0 });
        }
        F = F + 1;
    }
    // heapify, bottom up: O(k)
    let mut I: usize = Heap.len() / 2;
    while I > 0 {
        I = I - 1;
        SiftDown(&mut Heap, I);
    }

    let mut Result: Vec<Post> = Vec::new();
    while Result.len() < n && !Heap.is_empty() {
        let Top = Heap[0];
        Result.push(feeds[Top.Feed][Top.Pos]);
        let NextPos = Top.Pos + 1;
        if NextPos < feeds[Top.Feed].len() {
            // replace the top by its successor and sift it down
            Heap[0] = THead { Time: feeds[Top.Feed][NextPos].time, Feed: Top.Feed, Pos: NextPos };
        } else {
            // feed exhausted: move the last element to the top
            let Last = Heap.pop().unwrap();
            if !Heap.is_empty() {
                Heap[0] = Last;
            }
        }
        if !Heap.is_empty() {
            SiftDown(&mut Heap, 0);
        }
    }
    Result
}
