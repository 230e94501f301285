// learner: optimal
// idiom: SICP student; intervals as (start, end) pairs with constructor/selector helpers, merging as an iterative process over an accumulator (lo, hi, already-had), missing() as a fold that threads the cursor
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}


type Interval = (u64, u64);

fn make_interval(start: u64, end: u64) -> Interval {
    (start, end)
}

fn start_of(i: Interval) -> u64 {
    i.0
}

fn end_of(i: Interval) -> u64 {
    i.1
}

fn width(i: Interval) -> u64 {
    end_of(i) - start_of(i)
}

fn hull(x: Interval, y: Interval) -> Interval {
    make_interval(start_of(x).min(start_of(y)), end_of(x).max(end_of(y)))
}

fn fits(offset: u64, len: u64, size: u64) -> Option<Interval> {
    offset.checked_add(len).filter(|&end| end <= size).map(|end| make_interval(offset, end))
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    received: u64,
    pieces: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, received: 0, pieces: BTreeMap::new() }
    }

    /// The stored interval that starts before `iv` and reaches it, if any.
    fn left_neighbour(&self, iv: Interval) -> Option<Interval> {
        self.pieces
            .range(..start_of(iv))
            .next_back()
            .map(|(&s, &e)| make_interval(s, e))
            .filter(|&n| end_of(n) >= start_of(iv))
    }

    /// The first stored interval starting inside `iv` (touching its end counts).
    fn next_inside(&self, iv: Interval) -> Option<Interval> {
        self.pieces.range(start_of(iv)..=end_of(iv)).next().map(|(&s, &e)| make_interval(s, e))
    }

    fn take(&mut self, iv: Interval) -> u64 {
        self.pieces.remove(&start_of(iv));
        width(iv)
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let chunk = fits(offset, len, self.size).ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if width(chunk) == 0 {
            return Ok(0);
        }
        let mut merged = chunk;
        let mut already = 0;
        if let Some(n) = self.left_neighbour(merged) {
            already += self.take(n);
            merged = hull(merged, n);
        }
        while let Some(n) = self.next_inside(merged) {
            already += self.take(n);
            merged = hull(merged, n);
        }
        self.pieces.insert(start_of(merged), end_of(merged));
        let new_bytes = width(merged) - already;
        self.received += new_bytes;
        Ok(new_bytes)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let (mut gaps, cursor) = self.pieces.iter().fold((Vec::new(), 0u64), |(mut gaps, cursor), (&s, &e)| {
            if s > cursor {
                gaps.push(cursor..s);
            }
            (gaps, e)
        });
        if cursor < self.size {
            gaps.push(cursor..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
