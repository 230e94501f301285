// learner: optimal
// idiom: Mojo: Vec<Vec<Digest>> levels built pairwise with reserved capacity, diff is an explicit (level, index) stack walked in lockstep, ranges merged on the fly
// why: only nodes whose digests differ are expanded: O(d log n) comparisons, stack O(log n) + output O(d); build O(n); root O(1)

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

/// A Merkle tree stored level by level: `levels[0]` are the leaves, the last
/// level holds the root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

#[inline(always)]
fn push_index(out: &mut Vec<Range<usize>>, i: usize) {
    if let Some(last) = out.last_mut() {
        if last.end == i {
            last.end = i + 1;
            return;
        }
    }
    out.push(i..i + 1);
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        if blocks.is_empty() {
            return MerkleTree { levels, _hasher: PhantomData };
        }
        let mut cur: Vec<H::Digest> = Vec::with_capacity(blocks.len());
        for b in blocks {
            cur.push(H::leaf(b));
        }
        while cur.len() > 1 {
            let mut up = Vec::with_capacity(cur.len().div_ceil(2));
            let mut i = 0;
            while i + 1 < cur.len() {
                up.push(H::node(cur[i], cur[i + 1]));
                i += 2;
            }
            if i < cur.len() {
                up.push(cur[i]); // odd one out: carried up unchanged
            }
            levels.push(cur);
            cur = up;
        }
        levels.push(cur);
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, |l| l.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().map(|l| l[0])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "diff needs trees of equal length");
        let mut out = Vec::new();
        if self.levels.is_empty() {
            return out;
        }
        let top = self.levels.len() - 1;
        let mut stack: Vec<(usize, usize)> = Vec::with_capacity(2 * self.levels.len());
        stack.push((top, 0));
        while let Some((lvl, i)) = stack.pop() {
            if self.levels[lvl][i] == other.levels[lvl][i] {
                continue;
            }
            if lvl == 0 {
                push_index(&mut out, i);
                continue;
            }
            let below = lvl - 1;
            let l = 2 * i;
            let r = l + 1;
            if r < self.levels[below].len() {
                stack.push((below, r));
            }
            stack.push((below, l));
        }
        out
    }
}
