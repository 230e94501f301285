// learner: slow
// idiom: Nix: `ranges = mergeAdjacent (sort (x: y: x.start < y.start) (ranges ++ [ chunk ]))` -- append, re-sort, re-merge the whole list every time
// why: every receive re-sorts and re-merges all n ranges: O(n log n) per chunk whatever k is, target O(k log n)

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ranges: Vec<(u64, u64)>,
}

fn total(rs: &[(u64, u64)]) -> u64 {
    rs.iter().map(|(s, e)| e - s).sum()
}

fn merge_adjacent(sorted: Vec<(u64, u64)>) -> Vec<(u64, u64)> {
    sorted.into_iter().fold(Vec::new(), |mut acc: Vec<(u64, u64)>, (s, e)| {
        match acc.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => acc.push((s, e)),
        }
        acc
    })
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: Vec::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let before = total(&self.ranges);
        let mut all = self.ranges.clone();
        all.push((offset, end));
        all.sort();
        self.ranges = merge_adjacent(all);
        Ok(total(&self.ranges) - before)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut at = 0;
        for &(s, e) in &self.ranges {
            if s > at {
                gaps.push(at..s);
            }
            at = e;
        }
        if at < self.size {
            gaps.push(at..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        total(&self.ranges)
    }

    pub fn is_complete(&self) -> bool {
        total(&self.ranges) == self.size
    }
}
