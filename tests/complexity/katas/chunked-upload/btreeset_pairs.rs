// learner: optimal
// idiom: BTreeSet<(start, end)> of tuples, impl with private helpers (pop_left_neighbour / pop_inside), match guards, checked arithmetic via ok_or
use std::collections::BTreeSet;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    spans: BTreeSet<(u64, u64)>,
    got: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, spans: BTreeSet::new(), got: 0 }
    }

    fn pop_left_neighbour(&mut self, a: u64) -> Option<(u64, u64)> {
        let cand = *self.spans.range(..(a, 0)).next_back()?;
        match cand {
            (_, e) if e >= a => {
                self.spans.remove(&cand);
                Some(cand)
            }
            _ => None,
        }
    }

    fn pop_inside(&mut self, a: u64, b: u64) -> Option<(u64, u64)> {
        let cand = *self.spans.range((a, 0)..=(b, u64::MAX)).next()?;
        self.spans.remove(&cand);
        Some(cand)
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let err = UploadError::OutOfBounds { offset, len, size: self.size };
        let end = offset.checked_add(len).ok_or(err.clone())?;
        if end > self.size {
            return Err(err);
        }
        if len == 0 {
            return Ok(0);
        }
        let (mut a, mut b) = (offset, end);
        let mut removed = 0;
        if let Some((s, e)) = self.pop_left_neighbour(a) {
            removed += e - s;
            a = s;
            b = b.max(e);
        }
        while let Some((s, e)) = self.pop_inside(a, b) {
            removed += e - s;
            b = b.max(e);
        }
        self.spans.insert((a, b));
        let added = (b - a) - removed;
        self.got += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut prev_end = 0;
        let mut gaps: Vec<Range<u64>> = self
            .spans
            .iter()
            .filter_map(|&(s, e)| {
                let gap = prev_end..s;
                prev_end = e;
                if gap.is_empty() { None } else { Some(gap) }
            })
            .collect();
        if prev_end < self.size {
            gaps.push(prev_end..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.got
    }

    pub fn is_complete(&self) -> bool {
        self.got == self.size
    }
}
