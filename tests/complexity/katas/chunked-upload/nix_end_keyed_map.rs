// learner: optimal
// idiom: Nix: the same attrset idea keyed the other way round, end -> start, so "everything that overlaps or touches [a, b]" is one forward walk from range(a..) while start <= b; gaps come out of a fold
// why: the first candidate is found in O(log n), each of the k overlapping ranges is removed in O(log n): O(k log n) per chunk; missing is one O(n) fold

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    by_end: BTreeMap<u64, u64>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, by_end: BTreeMap::new(), received: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let out_of_bounds = UploadError::OutOfBounds { offset, len, size: self.size };
        let end = offset.checked_add(len).filter(|&e| e <= self.size).ok_or(out_of_bounds)?;
        if len == 0 {
            return Ok(0);
        }
        let (mut lo, mut hi) = (offset, end);
        let mut already = 0;
        // ranges with end >= offset, in order of end; they touch us while start <= end
        while let Some((&e, &s)) = self.by_end.range(offset..).next() {
            if s > end {
                break;
            }
            self.by_end.remove(&e);
            already += e - s;
            lo = lo.min(s);
            hi = hi.max(e);
        }
        self.by_end.insert(hi, lo);
        let new_bytes = (hi - lo) - already;
        self.received += new_bytes;
        Ok(new_bytes)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        // foldl' ({ at, gaps }: r: { at = r.end; gaps = gaps ++ optional (r.start > at) (at .. r.start); })
        let (at, mut gaps) = self.by_end.iter().fold((0u64, Vec::new()), |(at, mut gaps), (&e, &s)| {
            if s > at {
                gaps.push(at..s);
            }
            (e, gaps)
        });
        if at < self.size {
            gaps.push(at..self.size);
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
