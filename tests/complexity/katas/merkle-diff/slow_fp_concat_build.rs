// learner: slow
// why: MerkleTree::build is O(n^2) time, target O(n): each level is rebuilt immutably, [acc, vec![d]].concat() copies the whole level per pair
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
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
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

fn merge_runs(acc: Vec<Range<usize>>, i: usize) -> Vec<Range<usize>> {
    match acc.split_last() {
        Some((last, init)) if last.end == i => [init, &[last.start..i + 1]].concat(),
        _ => [acc.as_slice(), &[i..i + 1]].concat(),
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    fn up(level: &[H::Digest]) -> Vec<H::Digest> {
        level.chunks(2).fold(Vec::new(), |acc, pair| {
            let d = match pair {
                [l, r] => H::node(*l, *r),
                [x] => *x,
                _ => unreachable!(),
            };
            [acc, vec![d]].concat()
        })
    }

    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves = blocks.iter().fold(Vec::new(), |acc, b| [acc, vec![H::leaf(b)]].concat());
        let levels = std::iter::successors(Some(leaves), |l| (l.len() > 1).then(|| Self::up(l))).collect();
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|l| l.first().copied())
    }

    fn walk(&self, other: &Self, lv: usize, i: usize, acc: Vec<Range<usize>>) -> Vec<Range<usize>> {
        if self.levels[lv][i] == other.levels[lv][i] {
            return acc;
        }
        if lv == 0 {
            return merge_runs(acc, i);
        }
        let w = self.levels[lv - 1].len();
        let acc = self.walk(other, lv - 1, 2 * i, acc);
        if 2 * i + 1 < w { self.walk(other, lv - 1, 2 * i + 1, acc) } else { acc }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "length mismatch");
        if self.is_empty() {
            Vec::new()
        } else {
            self.walk(other, self.levels.len() - 1, 0, Vec::new())
        }
    }
}
