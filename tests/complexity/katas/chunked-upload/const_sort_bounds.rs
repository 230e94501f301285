// learner: optimal
// idiom: BTreeSet<(start, end)> with tuple range queries; the union of the chunk and a neighbour is taken by sort_unstable() of a constant-size [u64; 4] array (O(1)), never of the ranges
use std::collections::BTreeSet;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ranges: BTreeSet<(u64, u64)>,
    total: u64,
}

fn union(a: (u64, u64), b: (u64, u64)) -> (u64, u64) {
    let mut bounds = [a.0, a.1, b.0, b.1];
    bounds.sort_unstable();
    (bounds[0], bounds[3])
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: BTreeSet::new(), total: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let oob = UploadError::OutOfBounds { offset, len, size: self.size };
        let end = offset.checked_add(len).ok_or(oob.clone())?;
        if end > self.size {
            return Err(oob);
        }
        if len == 0 {
            return Ok(0);
        }
        let mut cur = (offset, end);
        let mut old = 0;
        if let Some(&left) = self.ranges.range(..(offset, 0)).next_back() {
            if left.1 >= offset {
                self.ranges.remove(&left);
                old += left.1 - left.0;
                cur = union(cur, left);
            }
        }
        while let Some(&r) = self.ranges.range((cur.0, 0)..).next() {
            if r.0 > cur.1 {
                break;
            }
            self.ranges.remove(&r);
            old += r.1 - r.0;
            cur = union(cur, r);
        }
        self.ranges.insert(cur);
        let added = cur.1 - cur.0 - old;
        self.total += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut at = 0;
        let mut out: Vec<Range<u64>> = self
            .ranges
            .iter()
            .filter_map(|&(s, e)| {
                let gap = at..s;
                at = e;
                if gap.is_empty() { None } else { Some(gap) }
            })
            .collect();
        if at < self.size {
            out.push(at..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}
