// learner: optimal
// idiom: Coq-trained formal methods student: levels built by a recursive pairing function, diff by structural recursion from the root with the precondition "this node differs" carried in the types of the calls
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::fmt::Debug;
use std::marker::PhantomData;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher (provided).
pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    /// Invariant: levels[0] are the leaves, levels[l + 1] = pair_up(levels[l]),
    /// and the last level has exactly one digest (unless there are no blocks).
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

fn pair_up<H: MerkleHasher>(xs: &[H::Digest]) -> Vec<H::Digest> {
    xs.chunks(2)
        .map(|c| match *c {
            [l, r] => H::node(l, r),
            [single] => single,
            _ => unreachable!("chunks(2) yields one or two items"),
        })
        .collect()
}

fn tower<H: MerkleHasher>(level: Vec<H::Digest>, acc: &mut Vec<Vec<H::Digest>>) {
    let next = if level.len() > 1 { Some(pair_up::<H>(&level)) } else { None };
    acc.push(level);
    if let Some(n) = next {
        tower::<H>(n, acc);
    }
}

/// Appends block `i` to a list of increasing, maximal ranges.
fn extend(out: &mut Vec<Range<usize>>, i: usize) {
    match out.last_mut() {
        Some(last) if last.end == i => last.end += 1,
        _ => out.push(i..i + 1),
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels = Vec::new();
        tower::<H>(blocks.iter().map(|b| H::leaf(b)).collect(), &mut levels);
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.levels[0].is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        match self.levels.last().map(Vec::as_slice) {
            Some([r]) => Some(*r),
            _ => None,
        }
    }

    /// Pre: node (level, i) differs between self and other.
    /// Post: every differing leaf under it is appended to `out`, in increasing order.
    fn descend(&self, other: &Self, level: usize, i: usize, out: &mut Vec<Range<usize>>) {
        if level == 0 {
            return extend(out, i);
        }
        let (a, b) = (&self.levels[level - 1], &other.levels[level - 1]);
        let (l, r) = (2 * i, 2 * i + 1);
        if r >= a.len() {
            // a carried node equals its only child, so the child differs too
            return self.descend(other, level - 1, l, out);
        }
        if a[l] != b[l] {
            self.descend(other, level - 1, l, out);
        }
        if a[r] != b[r] {
            self.descend(other, level - 1, r, out);
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "diff needs equal length trees, got {} and {}", self.len(), other.len());
        let mut out = Vec::new();
        match (self.root(), other.root()) {
            (Some(x), Some(y)) if x != y => self.descend(other, self.levels.len() - 1, 0, &mut out),
            _ => (),
        }
        out
    }
}
