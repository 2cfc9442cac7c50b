//! The client's network address, for limits counted per address (sign-in starts).
//!
//! Behind a council's reverse proxy or load balancer every request arrives from the proxy, so
//! counting per TCP peer would put everyone in one bucket and lock them all out at once. The
//! proxy says who the client was in `X-Forwarded-For`, but anyone can send that header, so it is
//! believed only from the proxies named in `CANDOUR_TRUSTED_PROXIES` (a CIDR list; none by
//! default). The address taken is the rightmost one in the header that is not itself a trusted
//! proxy (MDN, "X-Forwarded-For: selecting an IP address"): addresses further left were written
//! by the client and prove nothing.

use http::HeaderMap;
use std::net::IpAddr;
use std::str::FromStr;

/// A block of addresses, `10.0.0.0/8` or `2001:db8::/32` (a bare address is one host).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl FromStr for Cidr {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        let (address, prefix) = text.split_once('/').unwrap_or((text, ""));
        let network: IpAddr = address
            .parse()
            .map_err(|_| format!("{text} is not an IP address or CIDR block"))?;
        let most = if network.is_ipv4() { 32 } else { 128 };
        let prefix = if prefix.is_empty() {
            most
        } else {
            prefix
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= most)
                .ok_or_else(|| format!("{text} has a prefix length that is not 0 to {most}"))?
        };
        Ok(Cidr { network, prefix })
    }
}

impl Cidr {
    /// Whether `address` is in the block.
    pub fn contains(&self, address: IpAddr) -> bool {
        let address = match (self.network, address) {
            (IpAddr::V4(_), IpAddr::V6(v6)) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
            _ => address,
        };
        match (self.network, address) {
            (IpAddr::V4(net), IpAddr::V4(addr)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(addr) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(addr)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(addr) & mask
            }
            _ => false,
        }
    }
}

/// The client's address: the TCP peer, unless the peer is a trusted proxy, then the rightmost
/// `X-Forwarded-For` address that is not a trusted proxy.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[Cidr]) -> IpAddr {
    let is_trusted = |address: IpAddr| trusted.iter().any(|block| block.contains(address));
    if !is_trusted(peer) {
        return peer;
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .filter_map(|part| part.trim().parse().ok())
        .collect();
    forwarded
        .into_iter()
        .rev()
        .find(|address| !is_trusted(*address))
        .unwrap_or(peer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for value in values {
            map.append("x-forwarded-for", value.parse().expect("header"));
        }
        map
    }

    #[test]
    fn the_header_is_believed_only_from_trusted_proxies() {
        let trusted: Vec<Cidr> = ["10.0.0.0/8", "2001:db8::/32"]
            .iter()
            .map(|t| t.parse().expect("cidr"))
            .collect();
        let ip = |t: &str| -> IpAddr { t.parse().expect("ip") };
        let cases: &[(&str, &[&str], &[Cidr], &str)] = &[
            // No trusted proxies: the peer, whatever the header says.
            ("203.0.113.9", &["198.51.100.1"], &[], "203.0.113.9"),
            // An untrusted peer cannot choose its address.
            ("203.0.113.9", &["198.51.100.1"], &trusted, "203.0.113.9"),
            // A trusted proxy's client.
            ("10.1.2.3", &["198.51.100.1"], &trusted, "198.51.100.1"),
            // The rightmost untrusted address: the one the trusted proxy saw.
            (
                "10.1.2.3",
                &["1.1.1.1, 198.51.100.1, 10.9.9.9"],
                &trusted,
                "198.51.100.1",
            ),
            (
                "10.1.2.3",
                &["1.1.1.1", "198.51.100.1"],
                &trusted,
                "198.51.100.1",
            ),
            // Nothing usable: the peer.
            ("10.1.2.3", &["not-an-address"], &trusted, "10.1.2.3"),
            (
                "2001:db8::7",
                &["2001:db8::8, 2606:4700::1"],
                &trusted,
                "2606:4700::1",
            ),
        ];
        for (peer, values, trusted, expected) in cases {
            assert_eq!(
                client_address(ip(peer), &headers(values), trusted),
                ip(expected),
                "{peer} {values:?}"
            );
        }
    }

    #[test]
    fn blocks_are_read_and_refused_plainly() {
        assert!(
            "10.0.0.0/8"
                .parse::<Cidr>()
                .expect("v4")
                .contains("10.255.0.1".parse().expect("ip"))
        );
        assert!(
            !"10.0.0.0/8"
                .parse::<Cidr>()
                .expect("v4")
                .contains("11.0.0.1".parse().expect("ip"))
        );
        assert!(
            "127.0.0.1"
                .parse::<Cidr>()
                .expect("host")
                .contains("::ffff:127.0.0.1".parse().expect("ip"))
        );
        assert!(
            "0.0.0.0/0"
                .parse::<Cidr>()
                .expect("all")
                .contains("8.8.8.8".parse().expect("ip"))
        );
        assert!("10.0.0.0/33".parse::<Cidr>().is_err());
        assert!("ten/8".parse::<Cidr>().is_err());
    }
}
