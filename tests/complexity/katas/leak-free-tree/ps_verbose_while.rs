// learner: optimal
// idiom: PowerShell-admin style: verbose field names, defensive match on upgrade, while-loop walk with push + one reverse, explicit pendingNodes stack in Drop
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    weakLinkToParent: Weak<RefCell<Node<T>>>,
    listOfChildren: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pendingNodes: Vec<NodeRef<T>> = Vec::new();
        pendingNodes.extend(self.listOfChildren.drain(..));
        while !pendingNodes.is_empty() {
            let currentHandle = pendingNodes.pop().unwrap();
            match Rc::try_unwrap(currentHandle) {
                Ok(onlyOwner) => {
                    let mut currentNode = onlyOwner.into_inner();
                    for grandChild in currentNode.listOfChildren.drain(..) {
                        pendingNodes.push(grandChild);
                    }
                }
                Err(_stillSharedSomewhere) => {
                    // somebody else still holds this node: it lives on with its subtree
                }
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    let brandNewNode = Node { value, weakLinkToParent: Weak::new(), listOfChildren: Vec::new() };
    Rc::new(RefCell::new(brandNewNode))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let newChildNode = Node {
        value,
        weakLinkToParent: Rc::downgrade(parent),
        listOfChildren: Vec::new(),
    };
    let newChildHandle = Rc::new(RefCell::new(newChildNode));
    parent.borrow_mut().listOfChildren.push(Rc::clone(&newChildHandle));
    newChildHandle
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let nodeBorrow = node.borrow();
    match nodeBorrow.weakLinkToParent.upgrade() {
        Some(parentHandle) => Some(parentHandle),
        None => None,
    }
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let mut childHandles: Vec<NodeRef<T>> = Vec::new();
    for oneChild in node.borrow().listOfChildren.iter() {
        childHandles.push(Rc::clone(oneChild));
    }
    childHandles
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut valuesFromNodeUpwards: Vec<T> = Vec::new();
    let mut currentHandle: Option<NodeRef<T>> = Some(Rc::clone(node));
    while let Some(handle) = currentHandle {
        valuesFromNodeUpwards.push(handle.borrow().value.clone());
        currentHandle = parent(&handle);
    }
    valuesFromNodeUpwards.reverse();
    valuesFromNodeUpwards
}
