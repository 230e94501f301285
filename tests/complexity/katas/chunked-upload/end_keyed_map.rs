// learner: optimal
// idiom: BTreeMap keyed by range END (end -> start), forward range(offset..) walk, iterator-based missing with scan
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
    count: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, by_end: BTreeMap::new(), count: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let size = self.size;
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= size)
            .ok_or(UploadError::OutOfBounds { offset, len, size })?;
        if len == 0 {
            return Ok(0);
        }
        let (mut new_start, mut new_end) = (offset, end);
        let mut covered = 0;
        // every stored range with end >= offset and start <= end touches the chunk
        while let Some((&e, &s)) = self.by_end.range(offset..).next() {
            if s > end {
                break;
            }
            covered += e.min(end).saturating_sub(s.max(offset));
            new_start = new_start.min(s);
            new_end = new_end.max(e);
            self.by_end.remove(&e);
        }
        self.by_end.insert(new_end, new_start);
        let added = len - covered;
        self.count += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let size = self.size;
        let mut prev_end = 0;
        let mut gaps: Vec<Range<u64>> = self
            .by_end
            .iter()
            .filter_map(|(&e, &s)| {
                let gap = prev_end..s;
                prev_end = e;
                if gap.is_empty() { None } else { Some(gap) }
            })
            .collect();
        if prev_end < size {
            gaps.push(prev_end..size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.count
    }

    pub fn is_complete(&self) -> bool {
        self.count == self.size
    }
}
