// learner: optimal
// idiom: Standard ML student: the tree as a list of levels, each made from the one below by a chunks(2) pattern match ([l, r] | [odd]), diff as a recursive walk threading an accumulator of ranges
// why:
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

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

/// A Merkle tree: levels[0] are the leaves, levels.last() holds the root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
}

fn pair_up<H: MerkleHasher>(level: &[H::Digest]) -> Vec<H::Digest> {
    level
        .chunks(2)
        .map(|c| match *c {
            [l, r] => H::node(l, r),
            [odd] => odd,
            _ => unreachable!(),
        })
        .collect()
}

fn add_range(acc: &mut Vec<Range<usize>>, r: Range<usize>) {
    match acc.last_mut() {
        Some(last) if last.end == r.start => last.end = r.end,
        _ => acc.push(r),
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels = vec![blocks.iter().map(|b| H::leaf(b)).collect::<Vec<_>>()];
        while levels.last().map_or(false, |l| l.len() > 1) {
            let next = pair_up::<H>(levels.last().unwrap());
            levels.push(next);
        }
        MerkleTree { levels }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|l| l.first().copied())
    }

    /// `node (depth, i)` is known to differ: find the differing leaves below it.
    fn walk(&self, other: &Self, depth: usize, i: usize, acc: &mut Vec<Range<usize>>) {
        if depth == 0 {
            add_range(acc, i..i + 1);
            return;
        }
        let below = &self.levels[depth - 1];
        let (l, r) = (2 * i, 2 * i + 1);
        if r >= below.len() {
            // carried up unchanged: same digest, so it differs too
            self.walk(other, depth - 1, l, acc);
            return;
        }
        for c in [l, r] {
            if below[c] != other.levels[depth - 1][c] {
                self.walk(other, depth - 1, c, acc);
            }
        }
    }

    /// The ranges of block indices whose leaf digests differ between the two trees.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees of different length cannot be diffed");
        let mut acc = Vec::new();
        match (self.root(), other.root()) {
            (Some(a), Some(b)) if a != b => self.walk(other, self.levels.len() - 1, 0, &mut acc),
            _ => {}
        }
        acc
    }
}
