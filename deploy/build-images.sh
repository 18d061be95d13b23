#!/usr/bin/env bash
# Builds the seven images (the six applications from the Dockerfile, Keycloak with the product's theme from
# deploy/keycloak/Dockerfile) with one version tag, pushes them, and writes the names and tag into a Kubernetes overlay,
# so what is applied is exactly what was built:
#
#   deploy/build-images.sh <registry> <tag> [overlay]
#   deploy/build-images.sh registry.example.no/klagesak 2026.12.1            # production
#   PUSH=false deploy/build-images.sh klagesak 2026.12.1-dev local           # kind: then `kind load docker-image …`
#
# A tag is never reused: nodes keep an image they have (imagePullPolicy IfNotPresent), so a second image under the same
# tag would not reach them. SNAPSHOT and latest are refused for that reason. Commit the overlay's images/ afterwards.
# DOCKER (default docker) may name podman or buildah; SKIP_PACKAGE=true reuses the jars already in */target.
set -euo pipefail
cd "$(dirname "$0")/.."

registry=${1:?"usage: $0 <registry> <tag> [overlay]"}
tag=${2:?"usage: $0 <registry> <tag> [overlay]"}
overlay=${3:-production}
docker=${DOCKER:-docker}
applications=(web intake-service routing-service notification-service reporting-service tenant-service)

if [[ ! $tag =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$ ]] || [[ $tag == *SNAPSHOT* ]] || [[ $tag == latest ]]; then
  echo "The tag '$tag' cannot be used: give a new version, such as 2026.12.1 (never SNAPSHOT or latest)." >&2
  exit 2
fi
if [[ ! -d k8s/overlays/$overlay ]]; then
  echo "No overlay k8s/overlays/$overlay." >&2
  exit 2
fi

if [[ ${SKIP_PACKAGE:-false} != true ]]; then
  ./mvnw -B -q -DskipTests package
fi

images=()
for app in "${applications[@]}"; do
  "$docker" build --build-arg MODULE="$app" --build-arg VERSION="$tag" -t "$registry/$app:$tag" .
  images+=("$registry/$app:$tag")
done
"$docker" build -f deploy/keycloak/Dockerfile -t "$registry/keycloak:$tag" .
images+=("$registry/keycloak:$tag")

if [[ ${PUSH:-true} == true ]]; then
  for image in "${images[@]}"; do "$docker" push "$image"; done
fi

target=k8s/overlays/$overlay/images/kustomization.yaml
mkdir -p "$(dirname "$target")"
{
  echo "# Written by deploy/build-images.sh $registry $tag $overlay: the images built and pushed together. Do not edit."
  echo "apiVersion: kustomize.config.k8s.io/v1alpha1"
  echo "kind: Component"
  echo "images:"
  for app in "${applications[@]}"; do
    echo "  - name: klagesak/$app"
    echo "    newName: $registry/$app"
    echo "    newTag: \"$tag\""
  done
  echo "patches:"
  echo "  - target: { kind: Keycloak }"
  echo "    patch: |-"
  echo "      - op: replace"
  echo "        path: /spec/image"
  echo "        value: $registry/keycloak:$tag"
} > "$target"
echo "Built ${#images[@]} images tagged $tag; $target names them. Commit it, then: kubectl apply -k k8s/overlays/$overlay"
