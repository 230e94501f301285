// learner: optimal
// idiom: Swift-style: levels as Vec<Vec<Digest>>, explicit stack of (level, index) with let-else / guard continues, ranges extended in place via if-let on last_mut

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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let mut levels = vec![leaves];
        while let Some(below) = levels.last() {
            if !guard_more_than_one(below.len()) {
                break;
            }
            let above: Vec<H::Digest> = below
                .chunks(2)
                .map(|pair| match pair {
                    [left, right] => H::node(*left, *right),
                    [only] => *only,
                    _ => unreachable!(),
                })
                .collect();
            levels.push(above);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        let Some(top) = self.levels.last() else { return None };
        top.first().copied()
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees have different length");
        var_diff(&self.levels, &other.levels)
    }
}

fn guard_more_than_one(n: usize) -> bool {
    n > 1
}

fn var_diff<D: Copy + Eq>(mine: &[Vec<D>], theirs: &[Vec<D>]) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let Some(top) = mine.len().checked_sub(1) else { return ranges };
    if mine[top].is_empty() {
        return ranges;
    }
    let mut stack: Vec<(usize, usize)> = vec![(top, 0)];
    while let Some((level, index)) = stack.pop() {
        if mine[level][index] == theirs[level][index] {
            continue;
        }
        guard_leaf_or_push(level, index, mine, &mut stack).map(|leaf| {
            if let Some(last) = ranges.last_mut() {
                if last.end == leaf {
                    last.end = leaf + 1;
                    return;
                }
            }
            ranges.push(leaf..leaf + 1);
        });
    }
    ranges
}

/// Some(leaf index) at level 0, otherwise pushes the children (right first) and returns None.
fn guard_leaf_or_push<D>(level: usize, index: usize, mine: &[Vec<D>], stack: &mut Vec<(usize, usize)>) -> Option<usize> {
    if level == 0 {
        return Some(index);
    }
    let left = 2 * index;
    let right = left + 1;
    if right < mine[level - 1].len() {
        stack.push((level - 1, right));
    }
    stack.push((level - 1, left));
    None
}
