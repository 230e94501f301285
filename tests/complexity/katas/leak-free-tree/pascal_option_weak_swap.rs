// learner: optimal
// idiom: Delphi-style: Option<Weak> "nil" parent pointer, explicit while loops, teardown by draining child lists while strong_count is 1, reversal by hand with index swaps
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

#[allow(non_snake_case)]
pub struct Node<T> {
    pub value: T,
    Parent: Option<Weak<RefCell<Node<T>>>>, // None = root (nil)
    Kids: Vec<NodeRef<T>>,
}

#[allow(non_snake_case)]
impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut Pending: Vec<NodeRef<T>> = Vec::new();
        std::mem::swap(&mut Pending, &mut self.Kids);
        while !Pending.is_empty() {
            let Kid = Pending.pop().unwrap();
            if Rc::strong_count(&Kid) == 1 {
                // we hold the last handle: empty its child list before it goes away
                let mut Grand = std::mem::take(&mut Kid.borrow_mut().Kids);
                Pending.append(&mut Grand);
            }
            drop(Kid);
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    let Fresh = Node { value, Parent: None, Kids: Vec::new() };
    Rc::new(RefCell::new(Fresh))
}

#[allow(non_snake_case)]
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let Child = new_node(value);
    Child.borrow_mut().Parent = Some(Rc::downgrade(parent));
    parent.borrow_mut().Kids.push(Child.clone());
    Child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let N = node.borrow();
    match &N.Parent {
        None => None,
        Some(W) => W.upgrade(),
    }
}

#[allow(non_snake_case)]
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let N = node.borrow();
    let mut Result: Vec<NodeRef<T>> = Vec::with_capacity(N.Kids.len());
    let mut I: usize = 0;
    while I < N.Kids.len() {
        Result.push(Rc::clone(&N.Kids[I]));
        I = I + 1;
    }
    Result
}

#[allow(non_snake_case)]
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut Result: Vec<T> = Vec::new();
    let mut Current: NodeRef<T> = Rc::clone(node);
    loop {
        Result.push(Current.borrow().value.clone());
        let Up = parent(&Current);
        match Up {
            Some(P) => Current = P,
            None => break,
        }
    }
    // reverse in place: root first
    let mut Lo: usize = 0;
    let mut Hi: usize = Result.len() - 1;
    while Lo < Hi {
        Result.swap(Lo, Hi);
        Lo = Lo + 1;
        Hi = Hi - 1;
    }
    Result
}
